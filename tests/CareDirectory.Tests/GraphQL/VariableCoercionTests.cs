using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL;

/// <summary>Variables are coerced before anything uses them: a bad one is INVALID_VARIABLES, never a 500 or a cost guess (#16).</summary>
public sealed class VariableCoercionTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private const string Partners = "query($f: Int) { partners(first: $f) { totalCount } }";

    private readonly GraphQLClient _client = new(app.CreateClient());

    public static TheoryData<object> BadPageSizes => new() { "ten", 1099511627776L, 2.5, true };

    [Theory]
    [MemberData(nameof(BadPageSizes))]
    public async Task APageSizeThatIsNotAnIntIsInvalidVariables(object value)
    {
        var response = await _client.QueryAsync(Partners, new { f = value });

        Assert.Equal(["INVALID_VARIABLES"], response.ErrorCodes);
        Assert.True((int)response.Status < 500, response.Body.ToJsonString());
    }

    [Fact]
    public async Task AnIntPageSizeIsStillMeasured()
    {
        var response = await _client.QueryAsync(Partners, new { f = 20 });

        Assert.Empty(response.Errors);
        Assert.Equal(21, response.Body["extensions"]!["cost"]!["requested"]!.GetValue<int>());
    }
}
