using CareDirectory.Domain;

namespace CareDirectory.GraphQL.Meetings;

/// <summary>One dated occurrence of a meeting.</summary>
public sealed record UpcomingOccurrence(Meeting Meeting, DateTimeOffset Start, DateTimeOffset? End);
