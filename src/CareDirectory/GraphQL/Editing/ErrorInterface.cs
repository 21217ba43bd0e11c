using CareDirectory.Editing;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>interface Error { message: String! }</c>, as HotChocolate's mutation conventions define it.</summary>
public sealed class ErrorInterface : InterfaceGraphType<UserError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "A reason a mutation did not happen; when a payload lists errors, nothing was written. Each error type adds a stable `code` and the input `path`.";
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, for people; starts with the input field it concerns.");
    }
}
