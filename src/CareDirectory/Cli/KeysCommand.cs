using System.CommandLine;
using System.Globalization;
using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Editing;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Cli;

/// <summary><c>keys create | list | revoke</c>: editor API keys, managed by whoever runs the server.</summary>
public static class KeysCommand
{
    public static Command Create() => new("keys", "Editor API keys: create (the secret is shown once), list, revoke.")
    {
        CreateKey(),
        ListKeys(),
        RevokeKey(),
    };

    private static Command CreateKey()
    {
        var scope = new Option<string?>("--scope") { Description = "What the key may change: state:NJ, county:34003 or partner:<key or id>." };
        var admin = new Option<bool>("--admin") { Description = "A key that may change everything and read the audit log." };
        var label = new Option<string?>("--label") { Description = "Who holds the key, e.g. \"Bergen CSA coordinator\"." };
        var expires = new Option<string?>("--expires") { Description = "Lifetime: 90d, 12h or 30m (default: never expires)." };
        var command = new Command("create", "Create a key and print its secret once; only a hash is stored.") { scope, admin, label, expires };
        command.SetHostedAction(async (parse, services, token) =>
        {
            var isAdmin = parse.GetValue(admin);
            var scopeText = parse.GetValue(scope);
            if (isAdmin == (scopeText is not null))
            {
                throw new CommandException("give either --scope state:XX|county:NNNNN|partner:<key or id>, or --admin.");
            }

            var lifetime = parse.GetValue(expires) is { } text ? ParseLifetime(text) : (TimeSpan?)null;
            await MigrateAsync(services, token);
            await using var db = await services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(token);
            var keyScope = isAdmin ? ApiKeyScope.Admin : await ResolveScopeAsync(db, scopeText!, token);
            var (key, secret) = await services.GetRequiredService<ApiKeyRegistry>().CreateAsync(keyScope, parse.GetValue(label) ?? keyScope.ToString(), lifetime, token);
            Console.WriteLine($"Created API key {key.Id}");
            Console.WriteLine($"  scope:   {key.Scope}");
            Console.WriteLine($"  label:   {key.Label}");
            Console.WriteLine($"  expires: {key.ExpiresAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never"}");
            Console.WriteLine("Secret (shown only now; send it as 'Authorization: Bearer <secret>'):");
            Console.WriteLine(secret);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ListKeys()
    {
        var command = new Command("list", "List keys (never their secrets).");
        command.SetHostedAction(async (parse, services, token) =>
        {
            await MigrateAsync(services, token);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            foreach (var key in await services.GetRequiredService<ApiKeyRegistry>().ListAsync(token))
            {
                var status = key.RevokedAt is not null ? "revoked" : key.ExpiresAt <= now ? "expired" : "active";
                Console.WriteLine(string.Join('\t',
                    key.Id, key.Scope, status, key.CreatedAt.ToString("u", CultureInfo.InvariantCulture),
                    key.ExpiresAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never", key.Label));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command RevokeKey()
    {
        var id = new Argument<string>("id") { Description = "The key's id (from keys create or keys list)." };
        var command = new Command("revoke", "Revoke a key: it stops working immediately.") { id };
        command.SetHostedAction(async (parse, services, token) =>
        {
            await MigrateAsync(services, token);
            var text = parse.GetValue(id)!;
            if (!Guid.TryParse(text, out var keyId) || !await services.GetRequiredService<ApiKeyRegistry>().RevokeAsync(keyId, token))
            {
                throw new CommandException($"no API key has the id '{text}'.");
            }

            Console.WriteLine($"Revoked API key {keyId}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Keys may be the first thing an operator creates, before the server has ever migrated the database.</summary>
    private static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Checks the scope names something in the directory; a partner is stored by id so renaming its key changes nothing.</summary>
    private static async Task<ApiKeyScope> ResolveScopeAsync(DirectoryDbContext db, string text, CancellationToken cancellationToken)
    {
        if (!ApiKeyScope.TryParse(text, out var scope) || scope.Kind == ApiKeyScopeKind.Admin)
        {
            throw new CommandException($"'{text}' is not a scope: use state:NJ, county:34003 or partner:<key or id>.");
        }

        switch (scope.Kind)
        {
            case ApiKeyScopeKind.State when !await db.States.AnyAsync(s => s.Code == scope.Value, cancellationToken):
                throw new CommandException($"no state has the code '{scope.Value}'.");
            case ApiKeyScopeKind.County when !await db.Counties.AnyAsync(c => c.Fips == scope.Value, cancellationToken):
                throw new CommandException($"no county has the FIPS code '{scope.Value}'.");
            case ApiKeyScopeKind.Partner:
                var byId = Guid.TryParse(scope.Value, out var id) ? id : PublicId.TryDecode(scope.Value, out var type, out var global) && type == "Partner" ? global : (Guid?)null;
                var partnerId = await db.Partners.Where(p => p.Id == byId || p.Key == scope.Value).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new CommandException($"no partner has the key or id '{scope.Value}'.");
                return new ApiKeyScope(ApiKeyScopeKind.Partner, partnerId.ToString());
        }

        return scope;
    }

    private static TimeSpan ParseLifetime(string text)
    {
        var unit = text.Length > 1 ? text[^1] : ' ';
        var ok = int.TryParse(text.AsSpan(0, Math.Max(0, text.Length - 1)), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount > 0;
        return (ok, unit) switch
        {
            (true, 'd') => TimeSpan.FromDays(amount),
            (true, 'h') => TimeSpan.FromHours(amount),
            (true, 'm') => TimeSpan.FromMinutes(amount),
            _ => throw new CommandException($"--expires '{text}' is not a lifetime such as 90d, 12h or 30m."),
        };
    }
}
