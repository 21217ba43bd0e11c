using CareDirectory.Domain;
using GraphQL;

namespace CareDirectory.GraphQL.Nodes;

/// <summary>Reads global-id arguments, with INVALID_ID errors for ids that are malformed or of another type.</summary>
public static class NodeArguments
{
    public static Guid? OptionalId(IResolveFieldContext context, string argument, string expectedType)
    {
        var value = context.GetArgument<string?>(argument);
        return value is null ? null : Decode(value, expectedType);
    }

    public static Guid Decode(string value, string expectedType) =>
        PublicId.TryDecode(value, out var type, out var id) && type == expectedType
            ? id
            : throw DirectoryErrors.Error(DirectoryErrors.InvalidId, $"'{value}' is not a {expectedType} id.");
}
