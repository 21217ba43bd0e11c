using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// The searcher's segments, in the same order (so the leaves' ords, by which a weight keeps its per-segment term
/// states, are the same), showing in their postings only the window's documents: what the second pass of
/// <see cref="SearchRescoreWindow"/> scores. Lucene.Net 4.8 has no two-phase iteration: a phrase scorer asked to
/// advance to a window hit that lacks its phrase reads on, position by position, to the next document that has it,
/// so rescoring 50 hits with a synonym phrase's nine field queries cost as much as scoring all of a broad search's
/// 148k matches (#17: 10 of the keyword query's 24 ms). Over these postings it stops at the next window hit. Terms,
/// frequencies, norms and statistics are the segment's own, so a weight made on the searcher scores the same.
/// </summary>
internal static class LuceneWindowReader
{
    /// <summary>
    /// A reader over <paramref name="reader"/>'s leaves, each restricted to its documents in
    /// <paramref name="documentsBySegment"/> (segment ord to sorted segment-local document numbers). Dispose it after
    /// scoring: the segments themselves stay open (they are not closed with it).
    /// </summary>
    public static MultiReader Open(IndexReader reader, IReadOnlyDictionary<int, int[]> documentsBySegment) =>
        new([.. reader.Leaves.Select(leaf => (IndexReader)new WindowSegment(leaf.AtomicReader, documentsBySegment.GetValueOrDefault(leaf.Ord, [])))], false);

    private sealed class WindowSegment(AtomicReader segment, int[] documents) : FilterAtomicReader(segment)
    {
        public override Fields Fields => new WindowFields(base.Fields, documents);
    }

    private sealed class WindowFields(Fields fields, int[] documents) : FilterAtomicReader.FilterFields(fields)
    {
        public override Terms GetTerms(string field) => m_input.GetTerms(field) is { } terms ? new WindowTerms(terms, documents) : null!;
    }

    private sealed class WindowTerms(Terms terms, int[] documents) : FilterAtomicReader.FilterTerms(terms)
    {
        public override TermsEnum GetEnumerator() => new WindowTermsEnum(m_input.GetEnumerator(), documents);

        public override TermsEnum GetEnumerator(TermsEnum reuse) => GetEnumerator();
    }

    private sealed class WindowTermsEnum(TermsEnum terms, int[] documents) : FilterAtomicReader.FilterTermsEnum(terms)
    {
        // By the term's state, as the segment seeks it: the base class would seek the term again by its bytes.
        public override void SeekExact(BytesRef term, TermState state) => m_input.SeekExact(term, state);

        public override DocsEnum Docs(IBits liveDocs, DocsEnum reuse, DocsFlags flags) =>
            m_input.Docs(liveDocs, null, flags) is { } docs ? new WindowDocs(docs, documents) : null!;

        public override DocsAndPositionsEnum DocsAndPositions(IBits liveDocs, DocsAndPositionsEnum reuse, DocsAndPositionsFlags flags) =>
            m_input.DocsAndPositions(liveDocs, null, flags) is { } positions ? new WindowPositions(positions, documents) : null!;
    }

    private sealed class WindowDocs(DocsEnum docs, int[] documents) : FilterAtomicReader.FilterDocsEnum(docs)
    {
        private WindowCursor _cursor = new(documents);

        public override int DocID => _cursor.Current;

        public override int NextDoc() => _cursor.Advance(m_input, _cursor.Current + 1);

        public override int Advance(int target) => _cursor.Advance(m_input, target);

        public override long GetCost() => documents.Length;
    }

    private sealed class WindowPositions(DocsAndPositionsEnum positions, int[] documents) : FilterAtomicReader.FilterDocsAndPositionsEnum(positions)
    {
        private WindowCursor _cursor = new(documents);

        public override int DocID => _cursor.Current;

        public override int NextDoc() => _cursor.Advance(m_input, _cursor.Current + 1);

        public override int Advance(int target) => _cursor.Advance(m_input, target);

        public override long GetCost() => documents.Length;
    }

    /// <summary>Where a restricted postings list is: the next window document to try, and the current one.</summary>
    private struct WindowCursor(int[] documents)
    {
        private int _next;

        public int Current { get; private set; } = -1;

        /// <summary>The first window document at or after <paramref name="target"/> that the postings hold, by skipping to each in turn.</summary>
        public int Advance(DocIdSetIterator postings, int target)
        {
            if (Current == DocIdSetIterator.NO_MORE_DOCS)
            {
                return Current;
            }

            while (_next < documents.Length)
            {
                var wanted = documents[_next++];
                if (wanted < target)
                {
                    continue;
                }

                var at = postings.DocID >= wanted ? postings.DocID : postings.Advance(wanted);
                if (at == wanted)
                {
                    return Current = wanted;
                }

                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                target = at;
            }

            return Current = DocIdSetIterator.NO_MORE_DOCS;
        }
    }
}
