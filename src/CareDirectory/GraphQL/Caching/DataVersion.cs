namespace CareDirectory.GraphQL.Caching;

/// <summary>
/// What a response was computed from: the change log's commit-order watermark, the writes this process has finished
/// (its own commits count before the follower has seen them) and the change-log position of the search index
/// (which follows the log a little later). A response is reusable only while all three are unchanged.
/// </summary>
public readonly record struct DataVersion(long Watermark, long LocalWrites, long ReadModel);
