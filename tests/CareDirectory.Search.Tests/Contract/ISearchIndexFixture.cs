namespace CareDirectory.Search.Tests.Contract;

/// <summary>What the contract tests need from a backend.</summary>
public interface ISearchIndexFixture
{
    /// <summary>A shared index loaded with <see cref="DirectoryFixture.Documents"/>; tests must not write to it.</summary>
    ISearchIndex Index { get; }

    /// <summary>A new, empty index of its own for tests that write.</summary>
    Task<ISearchIndex> CreateIndexAsync();
}
