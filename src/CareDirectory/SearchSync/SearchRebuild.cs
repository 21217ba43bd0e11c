namespace CareDirectory.SearchSync;

/// <summary>What a full rebuild did: documents indexed and the change-log position the index now reflects.</summary>
public sealed record SearchRebuild(int Documents, long Checkpoint);
