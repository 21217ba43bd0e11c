using CareDirectory.Places;

namespace CareDirectory.Bench.Synthetic;

/// <summary>How much data <c>generate</c> writes: one state, five states, or every state and DC (~3,100 counties).</summary>
public enum SyntheticScale
{
    Small,
    Medium,
    National,
}

public static class SyntheticScales
{
    private static readonly string[] _small = ["NJ"];
    private static readonly string[] _medium = ["CA", "IL", "NJ", "NY", "TX"];

    /// <summary>The states a scale covers; fixed per scale so that only <c>--seed</c> changes the content.</summary>
    public static IReadOnlyList<UsState> States(this SyntheticScale scale) => scale switch
    {
        SyntheticScale.Small => [.. UsState.All.Where(s => _small.Contains(s.Code))],
        SyntheticScale.Medium => [.. UsState.All.Where(s => _medium.Contains(s.Code))],
        _ => UsState.All,
    };
}
