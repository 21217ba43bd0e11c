namespace CareDirectory.Search.Tests;

/// <summary>Misspelt vocabulary phrases are corrected in the query text both backends search (#17).</summary>
public sealed class SearchSpellingTests
{
    [Theory]
    [InlineData("substanse abuse", "substance abuse")]
    [InlineData("help with substanse abuse?", "help with substance abuse")]
    [InlineData("moble respnse", "mobile response")]
    [InlineData("Famly Suport", "family support")]
    public void AMisspeltVocabularyPhraseIsCorrected(string typed, string searched) => Assert.Equal(searched, SearchSpelling.Correct(typed));

    [Theory]
    [InlineData("substance abuse")] // spelt right: left as typed
    [InlineData("case management")] // "case" is not "care": words of four letters must be exact
    [InlineData("perfomcare")] // one word is left to fuzzy matching
    [InlineData("substanse")]
    [InlineData("mobile phone response")] // the phrase's words must be next to each other
    public void TextWithoutAMisspeltPhraseIsLeftAsTyped(string typed) => Assert.Equal(typed, SearchSpelling.Correct(typed));

    [Fact]
    public void BothBackendsSearchTheCorrectedText() =>
        Assert.Equal("substance abuse", SearchRequestValidation.QueryText(new SearchRequest { Query = "  substanse   abuse " }));
}
