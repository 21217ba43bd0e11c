namespace CareDirectory.Domain;

/// <summary>
/// An editor's credential. Only a SHA-256 hash of the secret is stored: the secret is shown once, at creation.
/// Keys are not directory records, so they have no change-log entries.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }

    /// <summary>Who holds the key ("Bergen CSA coordinator").</summary>
    public required string Label { get; set; }

    /// <summary>What the key may change, as typed on the command line: <c>admin</c>, <c>state:NJ</c>, <c>county:34003</c>, <c>partner:&lt;id&gt;</c>.</summary>
    public required string Scope { get; set; }

    /// <summary>Lower-case hex SHA-256 of the secret token.</summary>
    public required string SecretHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
