namespace CareDirectory.Hsds;

/// <summary>The input has problems; nothing was written.</summary>
public sealed class HsdsImportException(IReadOnlyList<HsdsProblem> problems)
    : Exception($"{problems.Count} problem(s) in the HSDS input")
{
    public IReadOnlyList<HsdsProblem> Problems { get; } = problems;
}
