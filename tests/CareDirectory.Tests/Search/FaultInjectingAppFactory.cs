using CareDirectory.Search;
using CareDirectory.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.Search;

/// <summary>The real application whose real search index sits behind <see cref="FaultInjectingSearchIndex"/>.</summary>
public sealed class FaultInjectingAppFactory : DirectoryAppFactory
{
    private readonly TaskCompletionSource? _rebuildGate;

    private readonly bool _startDown;

    /// <param name="holdRebuild">Every rebuild waits until <see cref="ReleaseRebuild"/> is called.</param>
    /// <param name="startDown">The index is unreachable from the start, until <see cref="FaultInjectingSearchIndex.Down"/> is cleared.</param>
    public FaultInjectingAppFactory(bool holdRebuild = false, bool startDown = false)
    {
        _rebuildGate = holdRebuild ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : null;
        _startDown = startDown;
    }

    public FaultInjectingSearchIndex Index => Services.GetRequiredService<FaultInjectingSearchIndex>();

    public void ReleaseRebuild() => _rebuildGate?.TrySetResult();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(ISearchIndex));
            services.Remove(real);
            services.AddSingleton(sp => new FaultInjectingSearchIndex((ISearchIndex)real.ImplementationFactory!(sp), _rebuildGate?.Task) { Down = _startDown });
            services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<FaultInjectingSearchIndex>());
        });
    }
}
