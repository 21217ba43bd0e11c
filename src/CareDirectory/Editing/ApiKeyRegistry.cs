using CareDirectory.Data;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Editing;

/// <summary>Creates, lists, revokes and checks API keys.</summary>
public sealed class ApiKeyRegistry(IDbContextFactory<DirectoryDbContext> contexts, TimeProvider clock)
{
    /// <summary>Stores a new key and returns it with its secret, which is never available again.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(ApiKeyScope scope, string label, TimeSpan? lifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var secret = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            Label = label,
            Scope = scope.ToString(),
            SecretHash = ApiKeySecret.Hash(secret),
            CreatedAt = now,
            ExpiresAt = lifetime is { } life ? now + life : null,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken);
        return [.. keys.OrderBy(k => k.CreatedAt).ThenBy(k => k.Id)];
    }

    /// <summary>Revokes a key from now on; false when there is no such key. Revoking twice keeps the first time.</summary>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<ApiKeyCheck> CheckAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = ApiKeySecret.Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.SecretHash == hash, cancellationToken);
        if (key is null)
        {
            return ApiKeyCheck.Invalid("The API key is not valid.");
        }

        if (key.RevokedAt is not null)
        {
            return ApiKeyCheck.Invalid("The API key has been revoked.");
        }

        if (key.ExpiresAt <= clock.GetUtcNow())
        {
            return ApiKeyCheck.Invalid("The API key has expired.");
        }

        return ApiKeyScope.TryParse(key.Scope, out var scope)
            ? ApiKeyCheck.Valid(new Editor(key.Id, key.Label, scope))
            : ApiKeyCheck.Invalid("The API key has an unreadable scope.");
    }
}
