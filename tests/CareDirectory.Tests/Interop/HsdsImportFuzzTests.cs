using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CareDirectory.Hsds;
using CareDirectory.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareDirectory.Tests.Interop;

/// <summary>
/// A bounded fuzz of the HSDS importer's input: random mutations of the official 3.0 and 3.1 JSON examples (a value
/// removed, replaced by one of another type or an extreme one, an id repeated elsewhere, an element duplicated; the
/// text truncated, a byte flipped, bytes that are not UTF-8 inserted), imported with and without <c>--state</c> and a
/// version. Every input must either import or be refused with a report naming file and JSON path while the database
/// stays as it was; any other exception, an unclear report or a changed database fails the test. The seed is printed:
/// <c>CAREDIRECTORY_FUZZ_SEED</c> replays one, <c>CAREDIRECTORY_FUZZ_IMPORTS</c> sets how many inputs (200 by default).
/// </summary>
public sealed class HsdsImportFuzzTests(ITestOutputHelper output)
{
    private static readonly JsonNode?[] _odd =
    [
        null, true, 0, -1, 1e308, long.MaxValue, decimal.MaxValue, "", " ", "\u0000", "\u202Eevil", new string('x', 70_000),
        "not-a-uuid", "00000000-0000-0000-0000-000000000000", "9999-12-31T23:59:59Z", "NJ", "state:TX", "county:99999",
        new JsonArray(), new JsonObject(), new JsonArray(new JsonArray(new JsonArray(new JsonArray()))), new JsonObject { ["id"] = "x" },
    ];

    [Fact]
    public async Task NoMutationOfAnOfficialExampleEndsOtherwiseThanImportedOrClearlyRefusedWithTheDatabaseUnchanged()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CAREDIRECTORY_FUZZ_SEED"), CultureInfo.InvariantCulture, out var chosen) ? chosen : Environment.TickCount;
        var imports = int.TryParse(Environment.GetEnvironmentVariable("CAREDIRECTORY_FUZZ_IMPORTS"), CultureInfo.InvariantCulture, out var count) ? count : 200;
        output.WriteLine($"CAREDIRECTORY_FUZZ_SEED={seed} CAREDIRECTORY_FUZZ_IMPORTS={imports}");
        var random = new Random(seed);
        var examples = new[] { "3.0", "3.1" }
            .SelectMany(v => HsdsOfficialExamples.Json(v).Select(f => File.ReadAllText(Path.Combine(HsdsOfficialExamples.Folder(v), f))))
            .ToList();
        using var app = new DirectoryAppFactory();
        var importer = app.Services.GetRequiredService<HsdsImporter>();
        using var work = new TempFolder();
        var before = DatabaseFile.Snapshot(app.DataDirectory);
        var failures = new List<string>();
        int imported = 0, refused = 0;

        for (var i = 0; i < imports && failures.Count < 5; i++)
        {
            var (mutation, bytes) = Mutate(examples[random.Next(examples.Count)], random);
            var file = work.File(random.Next(3) == 0 ? "input.json" : "service_full.json");
            await File.WriteAllBytesAsync(file, bytes);
            var options = new HsdsImportOptions
            {
                Path = file,
                State = random.Next(2) == 0 ? "NJ" : null,
                Version = random.Next(3) switch { 0 => HsdsVersion.Hsds30, 1 => HsdsVersion.Hsds31, _ => null },
            };
            try
            {
                await importer.ImportAsync(options, null, CancellationToken.None);
                imported++;
                before = DatabaseFile.Snapshot(app.DataDirectory);
            }
            catch (HsdsImportException e)
            {
                refused++;
                if (e.Problems.Count == 0 || e.Problems.Any(p => p.File.Length == 0 || p.Message.Length == 0 || !(p.Path.StartsWith('$') || p.Path.StartsWith('-'))))
                {
                    failures.Add($"input {i} ({mutation}): unclear report {string.Join("; ", e.Problems)}");
                }

                if (DatabaseFile.Snapshot(app.DataDirectory) != before)
                {
                    failures.Add($"input {i} ({mutation}): refused, but the database changed");
                    before = DatabaseFile.Snapshot(app.DataDirectory);
                }
            }
            catch (Exception e)
            {
                failures.Add($"input {i} ({mutation}): {e.GetType().Name}: {e.Message}");
            }
        }

        output.WriteLine($"{imported} imported, {refused} refused");
        Assert.True(failures.Count == 0, $"seed {seed}:\n{string.Join('\n', failures)}");
        Assert.True(refused > imports / 4, $"seed {seed}: only {refused} of {imports} refused; the mutations no longer break much");
    }

    private static (string Mutation, byte[] Bytes) Mutate(string example, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(example);
        switch (random.Next(10))
        {
            case 0:
                var cut = random.Next(bytes.Length);
                return ($"truncated at byte {cut}", bytes[..cut]);
            case 1:
                var at = random.Next(bytes.Length);
                bytes[at] ^= (byte)(1 << random.Next(8));
                return ($"byte {at} flipped", bytes);
            case 2:
                var where = random.Next(bytes.Length);
                return ($"invalid UTF-8 at byte {where}", [.. bytes[..where], 0xC3, 0x28, 0xFF, .. bytes[where..]]);
        }

        var root = JsonNode.Parse(example)!;
        var nodes = Descendants(root).ToList();
        var (target, parent, key) = nodes[random.Next(nodes.Count)];
        var path = target?.GetPath() ?? parent?.GetPath() + $"[{key}]";
        string mutation;
        switch (random.Next(4))
        {
            case 0 when parent is not null:
                Remove(parent, key);
                mutation = $"{path} removed";
                break;
            case 1 when parent is not null:
                var ids = nodes.Where(n => n.Key is string name && name.EndsWith("id", StringComparison.Ordinal) && n.Node is JsonValue).ToList();
                var other = ids.Count > 0 ? ids[random.Next(ids.Count)].Node!.DeepClone() : JsonValue.Create("x");
                Set(parent, key, other);
                mutation = $"{path} = an id from elsewhere ({other.ToJsonString()})";
                break;
            case 2 when parent is JsonArray array && target is not null:
                array.Add(target.DeepClone());
                mutation = $"{path} duplicated";
                break;
            default:
                var odd = _odd[random.Next(_odd.Length)]?.DeepClone();
                var shown = odd?.ToJsonString() is { Length: > 40 } long_ ? long_[..40] + "..." : odd?.ToJsonString() ?? "null";
                mutation = $"{path} = {shown}";
                if (parent is null)
                {
                    root = odd;
                }
                else
                {
                    Set(parent, key, odd);
                }

                break;
        }

        return (mutation, Encoding.UTF8.GetBytes(root?.ToJsonString() ?? "null"));
    }

    private static IEnumerable<(JsonNode? Node, JsonNode? Parent, object? Key)> Descendants(JsonNode root)
    {
        var stack = new Stack<(JsonNode?, JsonNode?, object?)>();
        stack.Push((root, null, null));
        while (stack.Count > 0)
        {
            var (node, parent, key) = stack.Pop();
            yield return (node, parent, key);
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, value) in o)
                    {
                        stack.Push((value, o, name));
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        stack.Push((a[i], a, i));
                    }

                    break;
            }
        }
    }

    private static void Remove(JsonNode parent, object? key)
    {
        if (parent is JsonObject o)
        {
            o.Remove((string)key!);
        }
        else
        {
            parent.AsArray().RemoveAt((int)key!);
        }
    }

    private static void Set(JsonNode parent, object? key, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[(string)key!] = value;
        }
        else
        {
            parent.AsArray()[(int)key!] = value;
        }
    }
}
