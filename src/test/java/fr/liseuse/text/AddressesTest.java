package fr.liseuse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://marie:s3cret@exemple.fr/aide | https://exemple.fr/aide",
        "http://marie@exemple.fr | http://exemple.fr",
        "HTTPS://marie:s3cret@exemple.fr:8443?q=1 | HTTPS://exemple.fr:8443?q=1",
        "https://moi@mail.fr:p@ss@exemple.fr/ | https://exemple.fr/",
        "ftp://anonymous:x@ftp.exemple.fr/pub | ftp://ftp.exemple.fr/pub",
        "https://marie:mot de passe@exemple.fr/ | https://exemple.fr/",
    })
    void dropsUserNameAndPassword(String given, String kept) {
        assertEquals(kept, Addresses.withoutCredentials(given));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://medium.com/@marie/article",
        "https://exemple.fr/page?contact=marie@exemple.fr",
        "https://exemple.fr/#@ancre",
        "demo:/solidarite/violences-conjugales",
        "notes/marie@maison.html",
        "./dossier://x@y.html",
    })
    void leavesEverythingElseAlone(String address) {
        assertEquals(address, Addresses.withoutCredentials(address));
    }

    @Test
    void cleansFreeTextQuotingSeveralAddresses() {
        assertEquals("échec : https://a.fr/x puis http://b.fr, écrire à marie@exemple.fr",
                Addresses.withoutCredentialsInText(
                        "échec : https://u:p@a.fr/x puis http://v:q@b.fr, écrire à marie@exemple.fr"));
    }

    @Test
    void shownSourcesAreOneCleanLineWithoutPassword() {
        assertEquals("https://exemple.fr/aide", Addresses.shown("https://marie:\u001b[31ms3cret\u202e@exemple.fr/aide\n"));
        assertEquals("fichier.html", Addresses.shown("fichier\u001b]0;titre\u0007\u202e\u0085.html"));
    }
}
