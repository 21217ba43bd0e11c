using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL;

/// <summary>The <c>state</c> argument of the top-level lists keeps one state's records, whatever the code's case.</summary>
public sealed class StateArgumentTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    [Theory]
    [InlineData("partners")]
    [InlineData("programs")]
    [InlineData("meetings")]
    [InlineData("educatorResources")]
    public async Task EachListSplitsIntoItsStates(string list)
    {
        var all = await KeysAsync(list, "");
        var newJersey = await KeysAsync(list, "state: \"NJ\", ");
        var illinois = await KeysAsync(list, "state: \" il \", ");

        // The seed has only these two states: the two filtered lists partition the whole list.
        Assert.NotEmpty(newJersey);
        Assert.All(newJersey, key => Assert.StartsWith("nj/", key, StringComparison.Ordinal));
        Assert.All(illinois, key => Assert.StartsWith("il/", key, StringComparison.Ordinal));
        Assert.Equal(all.Order(StringComparer.Ordinal), newJersey.Concat(illinois).Order(StringComparer.Ordinal));
        Assert.Empty(await KeysAsync(list, "state: \"ZZ\", "));
    }

    [Fact]
    public async Task IllinoisHasItsOwnPartnersAndPrograms()
    {
        Assert.NotEmpty(await KeysAsync("partners", "state: \"IL\", "));
        Assert.NotEmpty(await KeysAsync("programs", "state: \"IL\", "));
    }

    private async Task<List<string>> KeysAsync(string list, string arguments) =>
        [.. (await _client.QueryAsync($"{{ {list}({arguments}first: 50) {{ nodes {{ key }} }} }}")).Ok()[list]!["nodes"]!.AsArray()
            .Select(n => n!["key"]!.GetValue<string>())];
}
