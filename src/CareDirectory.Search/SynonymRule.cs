namespace CareDirectory.Search;

/// <summary>One line of the synonym list: a query containing any <see cref="From"/> phrase also matches every <see cref="To"/> phrase.</summary>
public sealed record SynonymRule(IReadOnlyList<string> From, IReadOnlyList<string> To);
