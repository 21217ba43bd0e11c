using CareDirectory.Editing;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary>
/// HotChocolate's mutation conventions, the one place every mutation field is built:
/// <c>fooBar(input: FooBarInput!): FooBarPayload!</c>, the payload holding the written record and
/// <c>errors: [FooBarError!]</c>, a union of error types implementing <c>Error</c>, null on success.
/// </summary>
public static class MutationConvention
{
    /// <summary>
    /// Every mutation can meet every kind of refusal (a bad id is a validation error, a record another editor archived is
    /// not found, scope is checked on each record touched, and a concurrent write is a conflict), so each union lists all four.
    /// </summary>
    private static readonly Type[] ErrorTypes =
        [typeof(ValidationUserErrorType), typeof(ConflictUserErrorType), typeof(NotFoundUserErrorType), typeof(ForbiddenUserErrorType)];

    /// <summary>
    /// Adds the mutation <paramref name="name"/>; <paramref name="input"/> is named <c>&lt;Name&gt;Input</c> here, and the payload's
    /// <paramref name="result"/> field holds what <paramref name="resolve"/> wrote. The caller adds the field's description.
    /// </summary>
    public static FieldBuilder<object?, object> Add(
        ObjectGraphType mutation, string name, IInputObjectGraphType input, MutationResult result, Func<IResolveFieldContext, Task<EditPayload>> resolve)
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        input.Name = $"{typeName}Input";
        return mutation.Field(name, new NonNullGraphType(Payload(name, typeName, result)))
            .Argument(new NonNullGraphType(input), "input", a => a.Description = input.Description)
            .ResolveAsync(async context => await resolve(context));
    }

    private static ObjectGraphType<EditPayload> Payload(string name, string typeName, MutationResult result)
    {
        var payload = new ObjectGraphType<EditPayload>
        {
            Name = $"{typeName}Payload",
            Description = $"The result of `{name}`: the {result.What} as written, or the errors that stopped the write.",
        };
        payload.Field(result.Field, result.GraphType)
            .Description($"The {result.What} after the write; null when `errors` is set.")
            .Resolve(c => c.Source.Record);

        var errors = new UnionGraphType
        {
            Name = $"{typeName}Error",
            Description = $"Why `{name}` wrote nothing. Every member implements `Error`; each carries a stable `code` and the input `path` it concerns.",
        };
        foreach (var errorType in ErrorTypes)
        {
            errors.Type(errorType);
        }

        // Null, not an empty list, on success: as HotChocolate answers, and falsy for JavaScript clients testing `if (payload.errors)`.
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Why nothing was written; null when the write succeeded.")
            .Resolve(c => c.Source.Errors.Count == 0 ? null : c.Source.Errors);
        return payload;
    }
}
