using System.Collections.Concurrent;
using CareDirectory.Data;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.GraphQL.DataLoaders;

/// <summary>The batch loaders of one request (a scoped service), keyed by what they load and with which arguments.</summary>
/// <param name="services">The request's services (its scope): <see cref="Of"/> trusts a copy in the user context only for them.</param>
/// <param name="contexts">Where loaders get their database contexts: handed to them, so a resolver builds no closure for it.</param>
public sealed class RequestLoaders(IServiceProvider services, IDbContextFactory<DirectoryDbContext> contexts)
{
    private const string UserContextKey = "CareDirectory.RequestLoaders";

    private readonly IServiceProvider _services = services;

    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    // A field's loader per node of the document, loader name and variables (a batch can run one document with other
    // variables): the same for every parent the field is resolved under, so it is worked out for the first only.
    private readonly ConcurrentDictionary<(GraphQLField Field, string Name, Variables Variables), object> _byField = new();

    /// <summary>
    /// The loaders of the request <paramref name="context"/> resolves in. Resolvers call this for every parent: the
    /// copy the HTTP runner put in the user context is a dictionary read where the request's services are a scoped
    /// lookup under a lock. A subscription event runs in a scope of its own, so its loaders come from that scope.
    /// </summary>
    public static RequestLoaders Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(UserContextKey, out var attached) && attached is RequestLoaders loaders && ReferenceEquals(loaders._services, context.RequestServices)
            ? loaders
            : context.RequestServices!.GetRequiredService<RequestLoaders>();

    /// <summary>Makes these loaders the ones <see cref="Of"/> finds for an operation run with this user context (before it runs).</summary>
    public void AttachTo(IDictionary<string, object?> userContext) => userContext[UserContextKey] = this;

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch, missing));

    /// <summary>
    /// <see cref="Get{TKey, TValue}(string, Func{IReadOnlyCollection{TKey}, CancellationToken, Task{IReadOnlyDictionary{TKey, TValue}}}, TValue)"/>
    /// for a fetch that needs only a database context factory: pass a static lambda and nothing is allocated for a
    /// loader that exists (the common case: every parent after the first).
    /// </summary>
    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<IDbContextFactory<DirectoryDbContext>, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
        where TKey : notnull =>
        _loaders.TryGetValue(name, out var loader)
            ? (BatchLoader<TKey, TValue>)loader
            : Get<TKey, TValue>(name, (keys, cancellationToken) => fetch(contexts, keys, cancellationToken), missing);

    /// <summary>The loader a field node already found under <paramref name="name"/> in this operation, if any.</summary>
    public BatchLoader<TKey, TValue>? ForField<TKey, TValue>(IResolveFieldContext context, string name)
        where TKey : notnull =>
        _byField.TryGetValue((context.FieldAst, name, context.Variables), out var loader) ? (BatchLoader<TKey, TValue>)loader : null;

    /// <summary>Remembers the loader of a field node for <see cref="ForField{TKey, TValue}"/>.</summary>
    public BatchLoader<TKey, TValue> RememberForField<TKey, TValue>(IResolveFieldContext context, string name, BatchLoader<TKey, TValue> loader)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_byField.GetOrAdd((context.FieldAst, name, context.Variables), loader);
}
