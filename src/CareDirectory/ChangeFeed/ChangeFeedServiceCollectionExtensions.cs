using CareDirectory.Data;

namespace CareDirectory.ChangeFeed;

public static class ChangeFeedServiceCollectionExtensions
{
    /// <summary>
    /// The process's one change-log follower (<c>ChangeFeed</c> settings) with the commit horizon of the configured
    /// database. Registered once however many consumers use it: every consumer shares its watermark.
    /// </summary>
    public static IServiceCollection AddChangeLogFollower(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChangeFeedOptions>().BindConfiguration(ChangeFeedOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.MaxRetryDelay >= o.PollInterval, "ChangeFeed:PollInterval must be positive and ChangeFeed:MaxRetryDelay at least PollInterval.")
            .ValidateOnStart();
        if (DatabaseOptions.Read(configuration).Provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton<ICommitHorizon, PostgresCommitHorizon>();

            // Commits announced by NOTIFY wake the follower at once; the poll remains the guarantee.
            services.AddHostedService<PostgresChangeListener>();
        }
        else
        {
            services.AddSingleton<ICommitHorizon, SqliteCommitHorizon>();
        }

        services.AddSingleton<ChangeLogFollower>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeLogFollower>());

        // This process's own commits wake it at once (Editing/RecordEdits reports them).
        services.AddSingleton<LocalWrites>();
        services.AddSingleton<ICommitObserver>(sp => sp.GetRequiredService<LocalWrites>());

        // Live subscribers are served from the same follower: one reader per process, fanned out in memory.
        services.AddSingleton<RecordReachReader>();
        services.AddSingleton<ChangeHub>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeHub>());
        return services;
    }
}
