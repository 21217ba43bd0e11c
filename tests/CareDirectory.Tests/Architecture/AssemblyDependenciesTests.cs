using System.Globalization;
using System.Text;

namespace CareDirectory.Tests.Architecture;

/// <summary>The layering tests are only as strict as the scan: it must see uses that exist only in IL.</summary>
public sealed class AssemblyDependenciesTests
{
    private static readonly AssemblyDependencies _samples = AssemblyDependencies.Read([typeof(DependencySamples)]);

    [Theory]
    [InlineData(typeof(IdnMapping))]            // inside a lambda: a compiler-generated closure class
    [InlineData(typeof(StringRuneEnumerator))]  // inside an async method: a state machine's MoveNext
    [InlineData(typeof(Rune))]                  // inside an iterator
    [InlineData(typeof(SortVersion))]           // typeof: ldtoken
    [InlineData(typeof(TextInfo))]              // a type pattern: isinst
    [InlineData(typeof(CompareOptions))]        // a generic method argument: a MethodSpec token
    public void SeesUsesThatOnlyExistInMethodBodies(Type used) =>
        Assert.Contains(new TypeUse(typeof(DependencySamples), used), _samples.Uses);

    [Fact]
    public void ResolvesEveryTokenOfTheSamples() => Assert.Empty(_samples.Unresolved);
}
