using CareDirectory.SearchSync;

namespace CareDirectory.Tests.Search;

/// <summary>How far the sync checkpoint may move over the sequence numbers read, with holes in them.</summary>
public sealed class ChangeLogGapsTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(2);
    private readonly Clock _clock = new();

    [Fact]
    public void WithoutHolesTheCheckpointMovesToTheLastEntry() =>
        Assert.Equal(13, new ChangeLogGaps(_clock).SafeCheckpoint(10, [11, 12, 13], Wait));

    [Fact]
    public void AHoleHoldsTheCheckpointBelowItUntilItFills()
    {
        var gaps = new ChangeLogGaps(_clock);

        Assert.Equal(11, gaps.SafeCheckpoint(10, [11, 13, 14], Wait));
        _clock.Advance(Wait / 2);
        Assert.Equal(14, gaps.SafeCheckpoint(11, [12, 13, 14], Wait));
    }

    [Fact]
    public void AHoleOpenForTheWholeWaitIsPassedAsARollback()
    {
        var gaps = new ChangeLogGaps(_clock);

        Assert.Equal(10, gaps.SafeCheckpoint(10, [12], Wait));
        _clock.Advance(Wait - TimeSpan.FromSeconds(1));
        Assert.Equal(10, gaps.SafeCheckpoint(10, [12, 13], Wait));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(13, gaps.SafeCheckpoint(10, [12, 13], Wait));
    }

    [Fact]
    public void AHolePartlyFilledFromBelowKeepsItsAge()
    {
        var gaps = new ChangeLogGaps(_clock);

        Assert.Equal(10, gaps.SafeCheckpoint(10, [14], Wait));
        _clock.Advance(Wait / 2);
        Assert.Equal(11, gaps.SafeCheckpoint(10, [11, 14], Wait));
        _clock.Advance(Wait / 2);
        Assert.Equal(14, gaps.SafeCheckpoint(11, [14], Wait));
    }

    [Fact]
    public void HolesAgeTogether()
    {
        // Three rolled-back transactions keep the checkpoint waiting once, not three waits one after another.
        var gaps = new ChangeLogGaps(_clock);

        Assert.Equal(10, gaps.SafeCheckpoint(10, [12, 14, 16], Wait));
        _clock.Advance(Wait - TimeSpan.FromSeconds(1));
        Assert.Equal(10, gaps.SafeCheckpoint(10, [12, 14, 16], Wait));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(16, gaps.SafeCheckpoint(10, [12, 14, 16], Wait));
    }

    [Fact]
    public void AHoleFilledFromAboveKeepsItsAge()
    {
        var gaps = new ChangeLogGaps(_clock);

        Assert.Equal(11, gaps.SafeCheckpoint(10, [11, 14], Wait));
        _clock.Advance(Wait / 2);
        Assert.Equal(11, gaps.SafeCheckpoint(11, [13, 14], Wait));
        _clock.Advance(Wait / 2);
        Assert.Equal(14, gaps.SafeCheckpoint(11, [13, 14], Wait));
    }

    [Fact]
    public void ANewHoleAboveAnExpiredOneIsStillWaitedFor()
    {
        var gaps = new ChangeLogGaps(_clock);

        Assert.Equal(10, gaps.SafeCheckpoint(10, [12], Wait));
        _clock.Advance(Wait);
        Assert.Equal(12, gaps.SafeCheckpoint(10, [12, 14], Wait));
        _clock.Advance(Wait / 2);
        Assert.Equal(12, gaps.SafeCheckpoint(12, [14], Wait));
        _clock.Advance(Wait / 2);
        Assert.Equal(14, gaps.SafeCheckpoint(12, [14], Wait));
    }

    private sealed class Clock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
