using System.Globalization;
using System.Text;

namespace CareDirectory.Tests.Architecture;

/// <summary>
/// Types used only where a source-text or signature scan would miss them, so AssemblyDependenciesTests can check the
/// IL scan sees each one. Every type here is used nowhere else in this class.
/// </summary>
internal static class DependencySamples
{
    public static Func<string, string> InLambda(string prefix) => s => new IdnMapping().GetAscii(prefix + s);

    public static async Task<int> InAsyncMethod()
    {
        await Task.Yield();
        return new StringRuneEnumerator().GetHashCode();
    }

    public static IEnumerable<int> InIterator()
    {
        yield return Rune.ReplacementChar.Value;
    }

    public static Type InTypeOf() => typeof(SortVersion);

    public static bool InPattern(object value) => value is TextInfo;

    public static int InGenericArgument() => Array.Empty<CompareOptions>().Length;
}
