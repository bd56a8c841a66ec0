namespace GrensJobs.Search.Requests;

/// <summary>What is wrong with one parameter of a search; <see cref="SearchMessages"/> words each in nl, de, fr and en.</summary>
public enum SearchErrorKind
{
    /// <summary>Values: limit, characters given.</summary>
    QueryTooLong,

    /// <summary>Values: limit, words given.</summary>
    QueryTooManyWords,

    /// <summary>Values: limit, values given.</summary>
    TooManyValues,

    /// <summary>Values: the code.</summary>
    UnknownCountry,

    /// <summary>Values: the id, the known ids.</summary>
    UnknownEuregio,

    /// <summary>Values: the code.</summary>
    BadNuts3,

    /// <summary>Values: the code.</summary>
    BadOccupation,

    /// <summary>Values: the name, the known names.</summary>
    UnknownContract,

    /// <summary>Values: the mode.</summary>
    UnknownRemote,

    /// <summary>Values: the range, the most hours in a week.</summary>
    BadHours,

    /// <summary>Values: the date.</summary>
    BadDate,

    /// <summary>Values: the item.</summary>
    BadSpeaks,

    /// <summary>Values: the order.</summary>
    UnknownSort,

    /// <summary>Values: the language.</summary>
    UnknownUiLanguage,

    /// <summary>Values: the place.</summary>
    UnknownPlace,

    /// <summary>A radius without a place; related: <see cref="SearchParameter.Near"/>.</summary>
    RadiusNeedsNear,

    /// <summary>Sorting by distance without a place; related: <see cref="SearchParameter.Near"/>.</summary>
    DistanceSortNeedsNear,

    /// <summary>Values: the text, the lowest, the highest.</summary>
    NotANumber,

    /// <summary>Values: the text, the lowest, the highest.</summary>
    NotAWholeNumber,

    /// <summary>Values: the number, the lowest, the highest.</summary>
    OutOfRange,

    /// <summary>Values: the number, the highest; the number must be greater than 0.</summary>
    NotPositive,

    /// <summary>Values: page, top, page × top, the limit; related: <see cref="SearchParameter.Top"/>.</summary>
    ResultWindow,

    /// <summary>A single-valued parameter given more than once (HTTP).</summary>
    Repeated,

    /// <summary>A parameter no search knows (HTTP). Values: the name, the known names.</summary>
    UnknownParameter,

    /// <summary>A parameter no search knows, close to one it does (HTTP). Values: the name, the known name meant.</summary>
    UnknownParameterDidYouMean,
}
