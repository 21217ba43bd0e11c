namespace CareDirectory.GraphQL.Editing;

/// <summary>The payload field a mutation answers with: its name (<c>partner</c>), its graph type and, for descriptions, what it is.</summary>
public sealed record MutationResult(string Field, Type GraphType, string What);
