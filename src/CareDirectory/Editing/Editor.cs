namespace CareDirectory.Editing;

/// <summary>The holder of a valid API key, for the length of one GraphQL operation.</summary>
public sealed record Editor(Guid KeyId, string Label, ApiKeyScope Scope)
{
    /// <summary>What writes record as <see cref="Domain.Provenance.Source"/>.</summary>
    public string Source => $"editor:{KeyId}";
}
