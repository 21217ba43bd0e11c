using CareDirectory.Hsds;

namespace CareDirectory.Tests.Interop;

/// <summary>The read-ahead of <c>import hsds</c>: every item in order, and a reading failure after the items read before it.</summary>
public sealed class HsdsReadAheadTests
{
    [Fact]
    public async Task EveryItemComesInOrderWhateverTheHandoverSize()
    {
        var read = new List<int>();
        await foreach (var item in HsdsReadAhead.Of(CountAsync(1000, failAfter: null), ahead: 256, CancellationToken.None))
        {
            read.Add(item);
        }

        Assert.Equal(Enumerable.Range(0, 1000), read);
    }

    [Fact]
    public async Task AFailureReachesTheReaderAfterTheItemsReadBeforeIt()
    {
        var read = new List<int>();

        var failure = await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var item in HsdsReadAhead.Of(CountAsync(1000, failAfter: 150), ahead: 256, CancellationToken.None))
            {
                read.Add(item);
            }
        });

        Assert.Equal("disk gone after 150", failure.Message);
        Assert.Equal(Enumerable.Range(0, 150), read);
    }

    [Fact]
    public async Task AReaderThatStopsEarlyStopsTheReading()
    {
        var produced = 0;
        await foreach (var item in HsdsReadAhead.Of(CountAsync(100_000, failAfter: null, () => produced++), ahead: 256, CancellationToken.None))
        {
            if (item == 10)
            {
                break;
            }
        }

        // The reading ran at most the bound past where the reader stopped (and the one item waiting to be handed over).
        Assert.InRange(produced, 11, 11 + 256 + 1);
    }

    private static async IAsyncEnumerable<int> CountAsync(int count, int? failAfter, Action? onItem = null)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == failAfter)
            {
                throw new IOException($"disk gone after {i}");
            }

            await Task.Yield();
            onItem?.Invoke();
            yield return i;
        }
    }
}
