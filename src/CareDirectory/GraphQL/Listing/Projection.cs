using System.Linq.Expressions;

namespace CareDirectory.GraphQL.Listing;

/// <summary>A selection's projection of <typeparamref name="T"/> (see <see cref="EntityProjection{T}"/>) and the members it reads, which name it in loader keys.</summary>
public sealed record Projection<T>(string Members, Expression<Func<T, T>> Expression);
