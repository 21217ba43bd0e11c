using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>
/// Reads compiled HSDS records from a path: a JSON array (streamed element by element), NDJSON (line by line), a
/// single JSON record, an API page (<c>{"total_items": ..., "contents": [...]}</c>) or document
/// (<c>{"organizations": [...], "services": [...]}</c>), a folder of such files named
/// by record type (our own export), or a tabular data package folder (<c>datapackage.json</c> + CSVs).
/// Unreadable input (bad JSON, invalid UTF-8) is reported to <see cref="Problems"/> rather than thrown, so one run
/// lists every problem. Each call to <see cref="ReadAsync(CancellationToken)"/> reads the input again, which is how import makes its passes
/// without holding the file in memory.
/// </summary>
public sealed class HsdsInput(string path, HsdsSchemas schemas)
{
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The longest NDJSON line one record may take. The largest record of the specification's examples is a few KiB;
    /// the limit is there so a file without line ends is refused by line rather than read into memory whole.
    /// </summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions _documentOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    public List<HsdsProblem> Problems { get; } = [];

    /// <summary>Things in the input that will not be imported but do not stop the import.</summary>
    public List<HsdsProblem> Warnings { get; } = [];

    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(path));

    public IAsyncEnumerable<HsdsRecord> ReadAsync(CancellationToken cancellationToken) => ReadAsync(null, cancellationToken);

    /// <summary>
    /// Reads the records; with <paramref name="kinds"/>, JSON files whose name announces another kind are skipped
    /// (a write pass for taxonomy terms need not parse <c>services.ndjson</c>). Files of unknown kind are always read.
    /// </summary>
    public async IAsyncEnumerable<HsdsRecord> ReadAsync(IReadOnlySet<HsdsRecordKind>? kinds, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Problems.Clear();
        Warnings.Clear();
        if (Directory.Exists(path))
        {
            if (File.Exists(System.IO.Path.Combine(path, "datapackage.json")))
            {
                var package = HsdsTabularPackage.Read(path, schemas, Problems, Warnings);
                foreach (var record in package)
                {
                    yield return record;
                }

                yield break;
            }

            var files = Directory.GetFiles(path)
                .Select(f => (File: f, Kind: HsdsRecordKinds.FromFileName(f)))
                .Where(f => f.Kind is { } k && (kinds is null || kinds.Contains(k)) && System.IO.Path.GetExtension(f.File) is ".json" or ".ndjson" or ".jsonl")
                .OrderBy(f => f.Kind).ThenBy(f => f.File, StringComparer.Ordinal);
            foreach (var (file, kind) in files)
            {
                await foreach (var record in ReadFileAsync(file, kind, cancellationToken))
                {
                    yield return record;
                }
            }

            yield break;
        }

        if (!File.Exists(path))
        {
            Problems.Add(new HsdsProblem(Name, 0, "$", "no such file or folder") { Unit = "file" });
            yield break;
        }

        var announced = HsdsRecordKinds.FromFileName(path);
        if (announced is { } only && kinds is not null && !kinds.Contains(only))
        {
            yield break;
        }

        await foreach (var record in ReadFileAsync(path, announced, cancellationToken))
        {
            yield return record;
        }
    }

    private IAsyncEnumerable<HsdsRecord> ReadFileAsync(string file, HsdsRecordKind? kind, CancellationToken cancellationToken)
    {
        if (System.IO.Path.GetExtension(file).ToLowerInvariant() is ".ndjson" or ".jsonl")
        {
            return ReadLinesAsync(file, kind, cancellationToken);
        }

        // The JSON parser checks the syntax but converts strings only when they are read, so bytes that are not UTF-8
        // inside a string would surface later as an exception: the whole file is checked first.
        if (InvalidUtf8Line(file) is { } line)
        {
            Problems.Add(new HsdsProblem(System.IO.Path.GetFileName(file), line, "$", "not valid UTF-8 (HSDS files must be UTF-8)") { Unit = "line" });
            return AsyncEnumerable.Empty<HsdsRecord>();
        }

        return FirstByte(file) == '[' ? ReadArrayAsync(file, kind, cancellationToken) : ReadDocumentAsync(file, kind, cancellationToken);
    }

    /// <summary>The line of the first byte sequence that is not UTF-8, or null for a file that is all UTF-8.</summary>
    private static long? InvalidUtf8Line(string file)
    {
        using var stream = File.OpenRead(file);
        var bytes = new byte[1 << 16];
        var chars = new char[bytes.Length];
        long line = 1;
        var kept = 0;
        while (true)
        {
            var read = stream.Read(bytes, kept, bytes.Length - kept);
            var final = read == 0;
            var available = kept + read;
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(0, available), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
            line += bytes.AsSpan(0, consumed).Count((byte)'\n');
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return line;
            }

            if (final)
            {
                return null;
            }

            // A sequence cut at the end of the buffer is completed by the next read.
            kept = available - consumed;
            bytes.AsSpan(consumed, kept).CopyTo(bytes);
        }
    }

    /// <summary>NDJSON, one line at a time; each line's bytes are checked as UTF-8 on their own so errors name the right line.</summary>
    private async IAsyncEnumerable<HsdsRecord> ReadLinesAsync(string file, HsdsRecordKind? kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var name = System.IO.Path.GetFileName(file);
        await using var lines = new NdjsonLines(File.OpenRead(file), MaxLineBytes);
        long line = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await lines.NextAsync(cancellationToken))
            {
                yield break;
            }

            line++;
            if (lines.CurrentIsTooLong)
            {
                Problems.Add(new HsdsProblem(name, line, "$", $"line longer than {MaxLineBytes / (1024 * 1024)} MiB, the most one record may take") { Unit = "line" });
                continue;
            }

            if (Parse(lines.Current.Span, line) is not { } parsed)
            {
                continue;
            }

            // The object reads the parsed element lazily; the record keeps the element for schema evaluation.
            var node = parsed.ValueKind == JsonValueKind.Object ? JsonObject.Create(parsed) : null;
            if (Record(node, kind, name, line, "line") is { } record)
            {
                yield return record with { Source = parsed };
            }
        }

        // One line's JSON, or null for a blank line or one reported as a problem. Not an iterator: spans cannot cross a yield.
        JsonElement? Parse(ReadOnlySpan<byte> span, long line)
        {
            span = line == 1 && span.StartsWith("\uFEFF"u8) ? span[3..] : span;
            span = span.EndsWith("\r"u8) ? span[..^1] : span;
            if (span.Trim(" \t"u8).IsEmpty)
            {
                return null;
            }

            try
            {
                StrictUtf8.GetCharCount(span);
                return JsonElement.Parse(span, _documentOptions);
            }
            catch (DecoderFallbackException)
            {
                Problems.Add(new HsdsProblem(name, line, "$", "not valid UTF-8 (HSDS files must be UTF-8)") { Unit = "line" });
            }
            catch (JsonException e)
            {
                Problems.Add(new HsdsProblem(name, line, "$", $"invalid JSON at column {e.BytePositionInLine + 1}: {FirstSentence(e.Message)}") { Unit = "line" });
            }

            return null;
        }
    }

    private async IAsyncEnumerable<HsdsRecord> ReadArrayAsync(string file, HsdsRecordKind? kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var name = System.IO.Path.GetFileName(file);
        await using var stream = File.OpenRead(file);
        var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonNode>(stream, topLevelValues: false, cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
        long index = 0;
        while (true)
        {
            try
            {
                if (!await elements.MoveNextAsync())
                {
                    break;
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or DecoderFallbackException or ArgumentException)
            {
                Problems.Add(Unreadable(name, index + 1, e));
                break;
            }

            index++;
            if (Record(elements.Current, kind, name, index, "record") is { } record)
            {
                yield return record;
            }
        }

        await elements.DisposeAsync();
    }

    private async IAsyncEnumerable<HsdsRecord> ReadDocumentAsync(string file, HsdsRecordKind? kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var name = System.IO.Path.GetFileName(file);
        JsonNode? document;
        try
        {
            await using var stream = File.OpenRead(file);
            document = await JsonNode.ParseAsync(stream, documentOptions: _documentOptions, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or DecoderFallbackException or ArgumentException)
        {
            Problems.Add(Unreadable(name, 1, e));
            yield break;
        }

        // An API page ({"total_items": ..., "contents": [...]}, the specification's *_list.json examples): its records.
        if (document is JsonObject page && page["contents"] is JsonArray contents && page.ContainsKey("total_items"))
        {
            long index = 0;
            foreach (var element in contents)
            {
                index++;
                if (Record(element?.DeepClone(), kind, $"{name} contents", index, "record") is { } record)
                {
                    yield return record;
                }
            }

            yield break;
        }

        // A document of sections ({"organizations": [...], "services": [...]}); a record with an id is a record even
        // when it has such a list (an organization's nested "services", a service's "service_at_locations").
        if (document is JsonObject root && !root.ContainsKey("id") && Enum.GetValues<HsdsRecordKind>().Any(k => root[k.FileStem()] is JsonArray))
        {
            foreach (var section in Enum.GetValues<HsdsRecordKind>())
            {
                long index = 0;
                foreach (var element in root[section.FileStem()] as JsonArray ?? [])
                {
                    index++;
                    if (Record(element?.DeepClone(), section, $"{name} {section.FileStem()}", index, "record") is { } record)
                    {
                        yield return record;
                    }
                }
            }

            yield break;
        }

        if (Record(document, kind, name, 1, "record") is { } single)
        {
            yield return single;
        }
    }

    private HsdsRecord? Record(JsonNode? node, HsdsRecordKind? kind, string file, long position, string unit)
    {
        if (node is not JsonObject value)
        {
            Problems.Add(new HsdsProblem(file, position, "$", "expected a JSON object (an HSDS record)") { Unit = unit });
            return null;
        }

        return new HsdsRecord(kind ?? HsdsRecordKinds.Sniff(value), value, file, position, unit);
    }

    private static int FirstByte(string file)
    {
        using var stream = File.OpenRead(file);
        int b;
        do
        {
            b = stream.ReadByte();
        }
        while (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);
        return b;
    }

    /// <summary>A parse failure; the parser reads ahead, so its line number is used rather than the record number when it has one.</summary>
    private static HsdsProblem Unreadable(string file, long record, Exception e) => e is JsonException { LineNumber: { } line }
        ? new HsdsProblem(file, line + 1, "$", Unreadable(e)) { Unit = "line" }
        : new HsdsProblem(file, record, "$", Unreadable(e));

    private static string Unreadable(Exception e) => e switch
    {
        JsonException { LineNumber: not null } json when json.InnerException is not DecoderFallbackException && !json.Message.Contains("UTF-8", StringComparison.Ordinal) =>
            $"invalid JSON at column {json.BytePositionInLine + 1}: {FirstSentence(json.Message)}",
        _ when e.ToString().Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || e is DecoderFallbackException || e.InnerException is DecoderFallbackException =>
            "not valid UTF-8 (HSDS files must be UTF-8)",
        _ => $"invalid JSON: {FirstSentence(e.Message)}",
    };

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.');
}
