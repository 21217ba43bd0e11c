using Lucene.Net.Store;

namespace CareDirectory.Search.Lucene.Storage;

/// <summary>
/// The index's files on disk, read memory-mapped (<see cref="LuceneMappedInput"/>) and written as any
/// <see cref="FSDirectory"/> writes them. What <c>FSDirectory.Open</c> picks on a 64-bit machine, Lucene.Net's
/// <c>MMapDirectory</c>, minus its per-clone GC handles.
/// </summary>
internal sealed class LuceneMappedDirectory(string path) : FSDirectory(new DirectoryInfo(path), null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        return new LuceneMappedInput($"LuceneMappedInput(path=\"{file}\")", LuceneMappedFile.Open(file));
    }

    /// <summary>A compound file's members as slices of the one mapping, not copies through a buffer.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context) => new Slicer((LuceneMappedInput)OpenInput(name, context));

    private sealed class Slicer(LuceneMappedInput whole) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) => whole.Slice(sliceDescription, offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => (IndexInput)whole.Clone();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                whole.Dispose();
            }
        }
    }
}
