using CareDirectory.Data;
using CareDirectory.GraphQL.DataLoaders;
using CareDirectory.GraphQL.Relay;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.GraphQL.Listing;

/// <summary>
/// Runs connection fields in the database: count and page for top-level lists, one batched query for nested ones.
/// Single queries: a listed entity has at most one owned collection in a table of its own (service areas), so the
/// JOIN repeats a row per area instead of the default split query running the whole filter and page again for them.
/// </summary>
public static class ConnectionQueries
{
    /// <summary>A top-level list: a COUNT and a page query, both in SQL.</summary>
    public static async Task<Connection> PageAsync<T>(IResolveFieldContext context, EntityListing<T> listing, Func<DirectoryDbContext, IQueryable<T>> source)
        where T : class
    {
        var request = ListRequest<T>.From(context, listing);
        await using var db = await Contexts(context).CreateDbContextAsync(context.CancellationToken);
        return await request.PageAsync(request.Filter(source(db).AsNoTracking().AsSingleQuery()), context.CancellationToken);
    }

    /// <summary>
    /// A list nested under each of many parents (a county's partners, a partner's programs): one query loads the
    /// children of every parent at this level in order, each flagged by the database against the cursors, then each
    /// parent's page is cut from its share; a parent alone at its level (the county of a county page) gets its page from
    /// SQL instead (<paramref name="unpaged"/>: the whole share, for fields that post-process it such as upcoming meetings).
    /// </summary>
    public static IDataLoaderResult<Connection> Grouped<TKey, T>(
        IResolveFieldContext context,
        string name,
        TKey parent,
        EntityListing<T> listing,
        Func<DirectoryDbContext, IReadOnlyCollection<TKey>, IQueryable<T>> source,
        Func<T, IReadOnlyCollection<TKey>, IEnumerable<TKey>> parentsOf,
        bool unpaged = false)
        where TKey : notnull
        where T : class
    {
        // Every parent at this level asks with the same field node and arguments: the first works out the request and
        // its loader, the others find that loader (no argument parsing and no loader name built per parent).
        var loaders = RequestLoaders.Of(context);
        var loader = loaders.ForField<TKey, Connection>(context, name) ?? loaders.RememberForField(context, name, GroupedLoader(context, loaders, name, listing, source, parentsOf, unpaged));
        return loader.Load(parent);
    }

    private static BatchLoader<TKey, Connection> GroupedLoader<TKey, T>(
        IResolveFieldContext context,
        RequestLoaders loaders,
        string name,
        EntityListing<T> listing,
        Func<DirectoryDbContext, IReadOnlyCollection<TKey>, IQueryable<T>> source,
        Func<T, IReadOnlyCollection<TKey>, IEnumerable<TKey>> parentsOf,
        bool unpaged)
        where TKey : notnull
        where T : class
    {
        var request = ListRequest<T>.From(context, listing);
        var contexts = Contexts(context);
        // Paging is part of the loader's name: a parent's page may be cut in SQL, so two pagings must not share it; the
        // columns too, so a selection never gets another's narrower load.
        return loaders.Get<TKey, Connection>(
            $"{name}:{request.BatchKey}:{request.Paging}:{request.Columns}",
            async (keys, cancellationToken) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var query = request.Filter(source(db, keys).AsNoTracking().AsSingleQuery());
                if (keys.Count == 1 && !unpaged)
                {
                    // One parent (a county page): count and cut its page in SQL rather than load its whole share.
                    return new Dictionary<TKey, Connection> { [keys.First()] = await request.PageAsync(query, cancellationToken) };
                }

                var rows = await request.Rows(query).ToListAsync(cancellationToken);
                var groups = keys.ToDictionary(k => k, _ => new List<KeyedRow<T>>());
                foreach (var row in rows)
                {
                    foreach (var key in parentsOf(row.Item, keys))
                    {
                        groups[key].Add(row);
                    }
                }

                var pages = new Dictionary<TKey, Connection>();
                foreach (var (key, share) in groups)
                {
                    pages[key] = unpaged ? All(request, share) : await KeysetPager.PageAsync(request, share);
                }

                return pages;
            },
            All(request, []));
    }

    private static Connection All<T>(ListRequest<T> request, IReadOnlyList<KeyedRow<T>> rows)
        where T : class => new()
    {
        Nodes = [.. rows.Select(r => (object)r.Item!)],
        Cursors = new CursorsOnDemand<KeyedRow<T>>(rows, request.CursorOf),
        TotalCount = rows.Count,
        HasNextPage = false,
        HasPreviousPage = false,
    };

    /// <summary>
    /// A single related record by id (a county's state, a meeting's organizer), batched per level; with
    /// <paramref name="projection"/>, only the columns the field's selection reads.
    /// </summary>
    public static IDataLoaderResult<T?> ById<T>(IResolveFieldContext context, Guid? id, EntityProjection<T>? projection = null)
        where T : Domain.Entity =>
        id is { } key ? ByIdLoader(context, includeArchived: false, projection).Load(key) : DataLoaderResults.Completed<T?>(null);

    /// <summary>
    /// The record a listed record cannot be without (a program's partner), archived or not: archiving a partner
    /// archives its programs with it, but a program stored otherwise (before that rule, or by a direct write) must
    /// still read whole rather than null its page.
    /// </summary>
    public static IDataLoaderResult<T?> RequiredParent<T>(IResolveFieldContext context, Guid id)
        where T : Domain.Entity =>
        ByIdLoader<T>(context, includeArchived: true, projection: null).Load(id);

    /// <summary>A record this request has already loaded (a state found by its code): <see cref="ById{T}"/> then needs no query.</summary>
    public static void Loaded<T>(IResolveFieldContext context, T entity)
        where T : Domain.Entity =>
        ByIdLoader<T>(context, includeArchived: false, projection: null).Prime(entity.Id, entity);

    // A field always asks with the same projection (or none), worked out from its node: so the field node finds its
    // loader for every parent after the first.
    private static BatchLoader<Guid, T?> ByIdLoader<T>(IResolveFieldContext context, bool includeArchived, EntityProjection<T>? projection)
        where T : Domain.Entity
    {
        var loaders = RequestLoaders.Of(context);
        var name = includeArchived ? ByIdNames<T>.WithArchived : ByIdNames<T>.Unarchived;
        return loaders.ForField<Guid, T?>(context, name)
            ?? loaders.RememberForField(context, name, ByIdLoader(loaders, name, includeArchived, projection?.For(context.FieldAst, () => SelectedFields.Of(context))));
    }

    private static BatchLoader<Guid, T?> ByIdLoader<T>(RequestLoaders loaders, string name, bool includeArchived, Projection<T>? projection)
        where T : Domain.Entity =>
        loaders.Get<Guid, T?>(
            projection is null ? name : $"{name}:{projection.Members}",
            async (contexts, keys, cancellationToken) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var set = includeArchived ? db.Set<T>().IgnoreQueryFilters() : db.Set<T>();
                var found = set.AsNoTracking().AsSingleQuery().Where(e => keys.Contains(e.Id));
                return await (projection is null ? found : found.Select(projection.Expression)).ToDictionaryAsync(e => e.Id, e => (T?)e, cancellationToken);
            },
            null);

    public static IDbContextFactory<DirectoryDbContext> Contexts(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<DirectoryDbContext>>();

    /// <summary>The by-id loaders' names, built once per type rather than for every parent.</summary>
    private static class ByIdNames<T>
    {
        public static readonly string Unarchived = $"byId:{typeof(T).Name}";

        public static readonly string WithArchived = $"byIdWithArchived:{typeof(T).Name}";
    }
}
