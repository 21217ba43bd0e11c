using BenchmarkDotNet.Attributes;
using CareDirectory.GraphQL.Relay;

namespace CareDirectory.Benchmarks;

/// <summary>Keyset cursors (HMAC-signed sort keys): one encode per edge, one decode per after/before argument.</summary>
[MemoryDiagnoser]
public class CursorBenchmarks
{
    private const string Ordering = "Partner|name:Asc|unique:Asc";

    private static readonly object?[] _keys = ["Bergen County Mobile Response", Guid.Parse("57976747-040f-5d4d-8295-b2e3cc3e0227")];
    private static readonly Type[] _types = [typeof(string), typeof(Guid)];

    private readonly Cursor _codec = new("care-directory-list-cursors-v1");
    private readonly string _cursor;

    public CursorBenchmarks() => _cursor = _codec.Encode(Ordering, _keys);

    [Benchmark]
    public string Encode() => _codec.Encode(Ordering, _keys);

    [Benchmark]
    public object?[] Decode() => _codec.Decode(_cursor, Ordering, _types);
}
