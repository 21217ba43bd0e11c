using GraphQLParser;
using GraphQLParser.Exceptions;

namespace CareDirectory.GraphQL.Execution;

/// <summary>Counts a document's lexical tokens without parsing it, so an oversized document costs one linear scan.</summary>
internal static class DocumentTokens
{
    /// <summary>True when the text has more than <paramref name="limit"/> tokens (comments included; they cost the lexer too).</summary>
    public static bool Exceed(string text, int limit)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(text, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return false;
                }

                if (++count > limit)
                {
                    return true;
                }

                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // Not a document at all; the parser reports where.
            return false;
        }
    }
}
