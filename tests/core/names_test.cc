// Name keys: spellings of one name meet on one key, in both scripts.
#include <doctest/doctest.h>

#include "jaal/core/names.h"

using jaal::NameKey;

TEST_CASE("case, hyphens and spaces do not split a name") {
  CHECK(NameKey("Kim Jong-un") == NameKey("kim jong un"));
  CHECK(NameKey("U.S.") == NameKey("US"));
}

TEST_CASE("Hindi spellings with and without nukta or candrabindu share a key") {
  // ज़ as decomposed ज + nukta, and the plain ज
  CHECK(NameKey("\u091C\u093C\u0947\u0932\u0947\u0902\u0938\u094D\u0915\u0940") ==
        NameKey("\u091C\u0947\u0932\u0947\u0902\u0938\u094D\u0915\u0940"));
  CHECK(NameKey("पहुँचे") == NameKey("पहुंचे"));
  CHECK(NameKey("किम जोंग-उन") == NameKey("किम जोंग उन"));
  CHECK(NameKey("किम") != NameKey("कम"));
}
