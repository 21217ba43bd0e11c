namespace CareDirectory.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void StableIdsAreDeterministic() =>
        Assert.Equal(CareDirectory.Domain.StableId.For("partner", "x"), CareDirectory.Domain.StableId.For("partner", "x"));
}
