using System.Diagnostics;
using CareDirectory.GraphQL.Caching;
using CareDirectory.Tests.Mutations;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.GraphQL.Caching;

/// <summary>
/// A fresh seeded application whose start-up has settled: ready (search index built) and a data version that has
/// stayed the same for a few follower polls. Until then the first index build and the follower's first looks move
/// the version, which would end kept answers and blur what a test counts.
/// </summary>
internal static class SettledApp
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1.5);

    public static async Task<EditorApp> StartAsync(params (string Key, string Value)[] settings)
    {
        var app = new EditorApp(settings);
        using var http = app.Factory.CreateClient();
        var cache = app.Factory.Services.GetRequiredService<ResponseCache>();
        var clock = Stopwatch.StartNew();
        var version = cache.Current;
        var since = TimeSpan.Zero;
        while (!((await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode && version.Watermark >= 0 && clock.Elapsed - since > Quiet))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"the data version did not settle: {cache.Current}");
            await Task.Delay(100);
            if (cache.Current != version)
            {
                (version, since) = (cache.Current, clock.Elapsed);
            }
        }

        return app;
    }
}
