using System.Diagnostics.CodeAnalysis;

namespace CareDirectory.Editing;

public enum ApiKeyScopeKind
{
    Admin,
    State,
    County,
    Partner,
}

/// <summary>What an API key may change: everything (admin), one state, one county (by FIPS) or one partner (by id).</summary>
public sealed record ApiKeyScope(ApiKeyScopeKind Kind, string Value)
{
    public static readonly ApiKeyScope Admin = new(ApiKeyScopeKind.Admin, string.Empty);

    /// <summary>Parses the stored form: <c>admin</c>, <c>state:NJ</c>, <c>county:34003</c>, <c>partner:&lt;uuid&gt;</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ApiKeyScope? scope)
    {
        scope = null;
        if (string.Equals(text, "admin", StringComparison.OrdinalIgnoreCase))
        {
            scope = Admin;
            return true;
        }

        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon <= 0)
        {
            return false;
        }

        var value = text[(colon + 1)..].Trim();
        scope = text[..colon].ToLowerInvariant() switch
        {
            "state" when value.Length == 2 && value.All(char.IsAsciiLetter) => new(ApiKeyScopeKind.State, value.ToUpperInvariant()),
            "county" when value.Length == 5 && value.All(char.IsAsciiDigit) => new(ApiKeyScopeKind.County, value),
            "partner" when value.Length > 0 => new(ApiKeyScopeKind.Partner, value),
            _ => null,
        };
        return scope is not null;
    }

    public override string ToString() => Kind == ApiKeyScopeKind.Admin ? "admin" : $"{Kind.ToString().ToLowerInvariant()}:{Value}";
}
