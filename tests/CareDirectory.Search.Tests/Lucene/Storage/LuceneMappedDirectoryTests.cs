using CareDirectory.Search.Lucene;
using CareDirectory.Search.Lucene.Storage;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace CareDirectory.Search.Tests.Lucene.Storage;

/// <summary>
/// The index's own memory-mapped directory (#17) reads exactly what Lucene.Net's <c>MMapDirectory</c> reads, throws
/// where it throws, and never reads outside a file or after the file was closed.
/// </summary>
public sealed class LuceneMappedDirectoryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "caredirectory-mapped-" + Guid.NewGuid().ToString("N"));

    public LuceneMappedDirectoryTests() => System.IO.Directory.CreateDirectory(_path);

    public void Dispose() => System.IO.Directory.Delete(_path, recursive: true);

    [Fact]
    public void ReadsBackWhatAnIndexOutputWrote()
    {
        using var directory = new LuceneMappedDirectory(_path);
        using (var output = directory.CreateOutput("values", IOContext.DEFAULT))
        {
            output.WriteByte(0xFE);
            output.WriteInt16(-2);
            output.WriteInt32(int.MinValue);
            output.WriteInt64(long.MaxValue);
            foreach (var value in new[] { 0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1, int.MinValue })
            {
                output.WriteVInt32(value);
            }

            foreach (var value in new[] { 0L, 127L, 128L, long.MaxValue })
            {
                output.WriteVInt64(value);
            }

            output.WriteString("Family Support Organization — Condado de Passaic");
        }

        using var input = directory.OpenInput("values", IOContext.DEFAULT);
        Assert.Equal(0xFE, input.ReadByte());
        Assert.Equal(-2, input.ReadInt16());
        Assert.Equal(int.MinValue, input.ReadInt32());
        Assert.Equal(long.MaxValue, input.ReadInt64());
        Assert.Equal([0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1, int.MinValue], Enumerable.Range(0, 9).Select(_ => input.ReadVInt32()));
        Assert.Equal([0L, 127L, 128L, long.MaxValue], Enumerable.Range(0, 4).Select(_ => input.ReadVInt64()));
        Assert.Equal("Family Support Organization — Condado de Passaic", input.ReadString());
        Assert.Equal(input.Length, input.Position);
        Assert.ThrowsAny<EndOfStreamException>(() => input.ReadByte());
    }

    /// <summary>
    /// A bounded fuzz: random files (empty included) read by random sequences of seeks, reads, clones and slices, through
    /// both directories, must give the same values and fail at the same steps.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void RandomReadsGiveWhatLuceneMMapDirectoryGives(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[seed == 1 ? 0 : random.Next(1, 6000)];
        random.NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(_path, "random"), bytes);

        using var ours = new LuceneMappedDirectory(_path);
        using var theirs = new MMapDirectory(new DirectoryInfo(_path));
        using var ourInput = ours.OpenInput("random", IOContext.DEFAULT);
        using var theirInput = theirs.OpenInput("random", IOContext.DEFAULT);
        var inputs = new List<(IndexInput Ours, IndexInput Theirs)> { (ourInput, theirInput) };
        using var ourSlicer = ours.CreateSlicer("random", IOContext.DEFAULT);
        using var theirSlicer = theirs.CreateSlicer("random", IOContext.DEFAULT);

        for (var step = 0; step < 3000; step++)
        {
            var (a, b) = inputs[random.Next(inputs.Count)];
            var operation = random.Next(10);
            var position = (long)random.Next(-2, bytes.Length + 3);
            var count = random.Next(0, 40);
            Func<IndexInput, object> read = operation switch
            {
                0 => input => { input.Seek(position); return input.Position; },
                1 => input => input.ReadByte(),
                2 => input => { var buffer = new byte[count]; input.ReadBytes(buffer, 0, count); return Convert.ToHexString(buffer); },
                3 => input => input.ReadInt16(),
                4 => input => input.ReadInt32(),
                5 => input => input.ReadInt64(),
                6 => input => input.ReadVInt32(),
                7 => input => input.ReadVInt64(),
                8 => input => input.Position,
                _ => input => input.Length,
            };

            var (ourOutcome, theirOutcome) = (Outcome(read, a), Outcome(read, b));
            Assert.True(ourOutcome == theirOutcome, $"seed {seed}, step {step}, operation {operation}: {ourOutcome} / {theirOutcome}");
            if (!ourOutcome.StartsWith("value", StringComparison.Ordinal))
            {
                // Where a failed read leaves the position is not defined (Lucene's may have read part of the value): both
                // start again from one place.
                var restart = random.Next(0, (int)a.Length + 1);
                a.Seek(restart);
                b.Seek(restart);
            }

            if (random.Next(20) == 0)
            {
                inputs.Add(((IndexInput)a.Clone(), (IndexInput)b.Clone()));
            }

            if (random.Next(40) == 0 && bytes.Length > 0)
            {
                var offset = random.Next(0, bytes.Length);
                var length = random.Next(0, bytes.Length - offset + 1);
                inputs.Add((ourSlicer.OpenSlice("slice", offset, length), theirSlicer.OpenSlice("slice", offset, length)));
            }
        }
    }

    [Fact]
    public void AnInputAndItsClonesRefuseToReadOnceTheFileIsClosed()
    {
        File.WriteAllBytes(Path.Combine(_path, "closed"), [1, 2, 3, 4]);
        using var directory = new LuceneMappedDirectory(_path);
        var input = directory.OpenInput("closed", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(1, clone.ReadByte());

        input.Dispose();

        Assert.Throws<ObjectDisposedException>(() => clone.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => input.ReadInt32());
        clone.Dispose(); // a clone does not own the mapping: nothing to release, no error
    }

    [Fact]
    public void AnIndexInCompoundFilesIsWrittenAndSearched()
    {
        using (var directory = new LuceneMappedDirectory(_path))
        {
            var config = new IndexWriterConfig(LuceneAnalysis.Version, new WhitespaceAnalyzer(LuceneAnalysis.Version)) { UseCompoundFile = true };
            using var writer = new IndexWriter(directory, config);
            foreach (var text in new[] { "family support", "mobile response", "family crisis" })
            {
                writer.AddDocument([new TextField("text", text, Field.Store.YES)]);
                writer.Commit();
            }
        }

        Assert.NotEmpty(System.IO.Directory.GetFiles(_path, "*.cfs"));
        using var reopened = new LuceneMappedDirectory(_path);
        using var reader = DirectoryReader.Open(reopened);
        var hits = new IndexSearcher(reader).Search(new TermQuery(new Term("text", "family")), 10);
        Assert.Equal(["family crisis", "family support"], hits.ScoreDocs.Select(d => reader.Document(d.Doc).Get("text")).Order());
    }

    /// <summary>A value, or the kind of failure: reading past the end is an end-of-stream error in both, however worded.</summary>
    private static string Outcome(Func<IndexInput, object> read, IndexInput input)
    {
        try
        {
            return "value " + Convert.ToString(read(input), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentOutOfRangeException)
        {
            return "end of stream";
        }
        catch (IOException e)
        {
            return "invalid: " + e.Message[..e.Message.IndexOf('(', StringComparison.Ordinal)];
        }
    }
}
