namespace CareDirectory.SearchSync;

/// <summary>
/// Where the server's first index build stands, for readiness: until the worker has checked the index (and built
/// it when it was empty) searches would answer nothing, so the server is not ready. Thread-safe: the worker writes,
/// health checks read.
/// </summary>
public sealed class SearchIndexBuildStatus : IProgress<int>
{
    private int _state = (int)BuildState.Checking;
    private int _loaded;
    private int _total;
    private long _position = -1;

    private enum BuildState
    {
        Checking,
        Building,
        Done,
    }

    public bool IsDone => Volatile.Read(ref _state) == (int)BuildState.Done;

    /// <summary>What a reader is waiting for, e.g. "search index building: 1000 of 714378 documents".</summary>
    public string Description => (BuildState)Volatile.Read(ref _state) switch
    {
        BuildState.Checking => "search index: checking whether it must be built",
        BuildState.Building => $"search index building: {Volatile.Read(ref _loaded)} of {Volatile.Read(ref _total)} documents",
        _ => "search index built",
    };

    public void Building(int total)
    {
        Volatile.Write(ref _loaded, 0);
        Volatile.Write(ref _total, total);
        Volatile.Write(ref _state, (int)BuildState.Building);
    }

    /// <summary>Documents loaded so far by the running build.</summary>
    public void Report(int value) => Volatile.Write(ref _loaded, value);

    public void Done() => Volatile.Write(ref _state, (int)BuildState.Done);

    /// <summary>The change-log position the index reflects, once the worker has applied a batch; null before.</summary>
    public long? Position => Interlocked.Read(ref _position) is >= 0 and var position ? position : null;

    /// <summary>The worker applied the change log through <paramref name="position"/>.</summary>
    public void Applied(long position) => Interlocked.Exchange(ref _position, position);
}
