namespace CareDirectory.Search.Tests;

/// <summary><see cref="Progress{T}"/> posts to the thread pool; tests need the reports in order, now.</summary>
public sealed class InlineProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}
