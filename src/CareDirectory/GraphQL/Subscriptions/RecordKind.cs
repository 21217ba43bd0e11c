namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>The kinds of records the change log names (its entity type names).</summary>
public enum RecordKind
{
    State,
    County,
    Partner,
    Program,
    Meeting,
    EducatorResource,
}
