using CareDirectory.ChangeFeed;
using CareDirectory.Tests.Mutations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.ChangeFeed;

/// <summary>
/// A mutation of this process wakes the change-log follower before the editor hears back, with or without the
/// response cache: the poll interval is an hour here, so only the wake-up can move the watermark onto the write's
/// change-log entry (subscribers and search sync follow that watermark).
/// </summary>
public sealed class LocalWriteWakeUpTests
{
    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    public async Task AMutationMovesTheFollowersWatermarkBeforeItAnswers(string responseCache)
    {
        using var app = new EditorApp(
            ("GraphQL:ResponseCache:Enabled", responseCache),
            ("ChangeFeed:PollInterval", "01:00:00"),
            ("ChangeFeed:MaxRetryDelay", "01:00:00"),
            ("Search:Sync:Enabled", "false"));
        var follower = app.Factory.Services.GetRequiredService<ChangeLogFollower>();
        var key = await app.KeyAsync("state:NJ");
        var fso = await app.PartnerAsync("nj/bergen/fso");
        await follower.CurrentWatermarkAsync(CancellationToken.None);
        var before = await LastSequenceAsync(app);

        PartnerMutationTests.AssertNoErrors(await app.MutateAsync("updatePartner", "partner { id }", new { id = EditorApp.IdOf("Partner", fso.Id), version = fso.Version, name = "Woken FSO" }, key));

        var written = await LastSequenceAsync(app);
        Assert.True(written > before, "the update appended a change-log entry");
        Assert.Equal(written, follower.Watermark);
    }

    private static Task<long> LastSequenceAsync(EditorApp app) =>
        app.ReadAsync(db => db.ChangeLog.MaxAsync(e => e.Sequence));
}
