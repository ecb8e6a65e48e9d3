package app.worthit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Free|0|", "Gratis|0|", "From \u00a310.00|1000|GBP", "\u00a32.50 - \u00a311.55|250|GBP",
      "0.00 USD|0|USD", "Ab 12,50 \u20ac|1250|EUR", "$15|1500|", "CA$1,250.00|125000|CAD", "SEK 120.00|12000|SEK"})
  void price_texts_read_as_cents_and_currency(String text, int cents, String currency) {
    assertEquals(cents, Money.fromText(text));
    assertEquals(currency, Money.currencyOf(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tuesday at 12:00", "Sold out", "Gallagher Stadium", "178 followers", ""})
  void texts_that_are_not_prices_give_none(String text) {
    assertNull(Money.fromText(text));
  }

  @ParameterizedTest
  @CsvSource({"2.50,250", "450.0,45000", "10,1000", "0,0", "7.5,750", "1.234,123"})
  void decimal_amounts_become_cents(String amount, int cents) {
    assertEquals(cents, Money.decimalCents(amount));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-5", "1e9", "99999999999.00", "1.2.3"})
  void odd_amounts_are_unknown(String amount) {
    assertNull(Money.decimalCents(amount));
  }
}
