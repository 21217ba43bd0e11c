using CareDirectory.Domain;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>Something on a county's page changed: the changes up to <paramref name="Through"/>, coalesced into one event.</summary>
public sealed record CountyPageChange(County County, long Through, int Changes, DateTimeOffset At);
