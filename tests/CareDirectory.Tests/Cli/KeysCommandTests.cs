using CareDirectory.Tests.Infrastructure;
using CareDirectory.Tests.Mutations;

namespace CareDirectory.Tests.Cli;

/// <summary><c>keys create | list | revoke</c>, run as an operator runs them, against the data of a live app.</summary>
public sealed class KeysCommandTests
{
    [Fact]
    public async Task CreatedKeyWorksOverHttpIsListedWithoutItsSecretAndStopsWhenRevoked()
    {
        using var app = new EditorApp();
        var fso = await app.PartnerAsync("nj/bergen/fso");
        var data = app.Factory.DataDirectory;

        var created = await CliRunner.RunAsync("keys", "create", "--scope", "county:34003", "--label", "Bergen coordinator", "--expires", "90d", "--data-dir", data);
        Assert.True(created.ExitCode == 0, created.Stderr);
        var lines = created.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var secret = lines[^1];
        Assert.StartsWith("cdk_", secret, StringComparison.Ordinal);
        var id = lines[0]["Created API key ".Length..];

        var update = await app.MutateAsync("updatePartner", "partner { name }",
            new { id = EditorApp.IdOf("Partner", fso.Id), version = fso.Version, name = "Edited from a CLI key" }, secret);
        PartnerMutationTests.AssertNoErrors(update);

        var listed = await CliRunner.RunAsync("keys", "list", "--data-dir", data);
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains($"{id}\tcounty:34003\tactive", listed.Stdout, StringComparison.Ordinal);
        Assert.Contains("Bergen coordinator", listed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed.Stdout, StringComparison.Ordinal);

        var revoked = await CliRunner.RunAsync("keys", "revoke", id, "--data-dir", data);
        Assert.True(revoked.ExitCode == 0, revoked.Stderr);
        Assert.Contains($"{id}\tcounty:34003\trevoked", (await CliRunner.RunAsync("keys", "list", "--data-dir", data)).Stdout, StringComparison.Ordinal);
        var refused = await app.PostAsync("""mutation { markVerified(input: { id: "x" }) { """ + EditorApp.ErrorsSelection + " } }", key: secret);
        Assert.Equal("UNAUTHENTICATED", refused.FirstErrorCode);
    }

    [Fact]
    public async Task PartnerScopeAcceptsAKeyAndStoresTheId()
    {
        using var app = new EditorApp();
        var fso = await app.PartnerAsync("nj/bergen/fso");

        var created = await CliRunner.RunAsync("keys", "create", "--scope", "partner:nj/bergen/fso", "--data-dir", app.Factory.DataDirectory);

        Assert.True(created.ExitCode == 0, created.Stderr);
        Assert.Contains($"scope:   partner:{fso.Id}", created.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminKeyCanBeTheFirstThingCreatedInAnEmptyDataDirectory()
    {
        using var data = new TempFolder();

        var created = await CliRunner.RunAsync("keys", "create", "--admin", "--data-dir", data.Path);

        Assert.True(created.ExitCode == 0, created.Stderr);
        Assert.Contains("scope:   admin", created.Stdout, StringComparison.Ordinal);
        Assert.Contains("expires: never", created.Stdout, StringComparison.Ordinal);
        Assert.Contains("\tadmin\tactive\t", (await CliRunner.RunAsync("keys", "list", "--data-dir", data.Path)).Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no county has the FIPS code '99999'", "create", "--scope", "county:99999")]
    [InlineData("no partner has the key or id", "create", "--scope", "partner:nj/nowhere")]
    [InlineData("not a scope", "create", "--scope", "planet:earth")]
    [InlineData("either --scope", "create")]
    [InlineData("either --scope", "create", "--admin", "--scope", "state:NJ")]
    [InlineData("not a lifetime", "create", "--admin", "--expires", "soon")]
    [InlineData("no API key has the id", "revoke", "not-an-id")]
    [InlineData("no API key has the id", "revoke", "0193a000-0000-7000-8000-000000000000")]
    public async Task BadArgumentsExitWithCode2AndOneLine(string message, params string[] args)
    {
        using var app = new EditorApp();
        await app.PartnerAsync("nj/bergen/fso");

        var result = await CliRunner.RunAsync(["keys", .. args, "--data-dir", app.Factory.DataDirectory]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("cdk_", result.Stdout, StringComparison.Ordinal);
    }
}
