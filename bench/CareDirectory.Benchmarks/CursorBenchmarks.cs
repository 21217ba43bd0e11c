using BenchmarkDotNet.Attributes;
using CareDirectory.GraphQL.Relay;

namespace CareDirectory.Benchmarks;

/// <summary>Relay cursors: one encode per edge and per page boundary, one decode per after/before argument.</summary>
[MemoryDiagnoser]
public class CursorBenchmarks
{
    private readonly string _cursor = Cursor.Encode(12_345);

    [Benchmark]
    public string Encode() => Cursor.Encode(12_345);

    [Benchmark]
    public int Decode() => Cursor.Decode(_cursor);
}
