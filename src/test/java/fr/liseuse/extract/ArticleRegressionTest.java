package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One saved page per failure class met on real pages, each fixed by a general rule. */
class ArticleRegressionTest {

    private static String text(String fixture) {
        return ArticleFixtures.text(ArticleFixtures.article(fixture));
    }

    @Test
    void keepsTheLeadThatSitsInTheArticleHeaderBeforeTheBody() {
        String text = text("fr-lead-in-header.html");
        assertTrue(text.startsWith("Après deux ans de travaux, la nouvelle ligne relie"), text);
        assertTrue(text.contains("La mise en service commerciale commence le lundi 2 juin."), text);
        assertFalse(text.contains("Publié le 12 mai 2025"), text);
        assertFalse(text.contains("V'Lille"), text);
    }

    @Test
    void keepsAnArticleWhoseWrapperIsNamedAfterItsShareBar() {
        String text = text("fr-odd-wrapper-names.html");
        assertTrue(text.contains("les communes de la métropole ouvrent des salles rafraîchies"), text);
        assertTrue(text.contains("la plateforme Canicule info service répond au 0 800 06 66 66"), text);
        assertFalse(text.contains("Facebook"), text);
        assertFalse(text.contains("Braderie"), text);
    }

    @Test
    void keepsAShortArticleMadeMostlyOfLinks() {
        String text = text("fr-short-linked-article.html");
        assertTrue(text.contains("nous avons enregistré en public. Invitées : Claire Martin et Samia Benali"), text);
        assertFalse(text.contains("Épisode précédent"), text);
    }

    @Test
    void dropsBylinesDateLinesPhotoCreditsAndCallsToSubscribe() {
        String text = text("fr-furniture-lines.html");
        assertTrue(text.startsWith("Les habitants ont voté pendant tout le mois d'avril"), text);
        assertTrue(text.contains("La liste complète des projets lauréats est publiée"), text);
        assertFalse(text.contains("Jeanne Martin"), text);
        assertFalse(text.contains("14:30"), text);
        assertFalse(text.contains("Service communication"), text);
        assertFalse(text.contains("Abonnez-vous"), text);
    }

    @Test
    void readsTextWrittenStraightIntoABoxBesideItsBlocks() {
        String text = text("fr-text-beside-blocks.html");
        assertTrue(text.contains("Les travaux de rénovation de la rue de Béthune commencent le lundi 19 mai"), text);
        assertFalse(text.contains("Archives"), text);
        assertFalse(text.contains("Hôtel de ville"), text);
    }

    @Test
    void readsALiveReportWhoseEntriesAreNamedComments() {
        String text = text("fr-live-report.html");
        assertTrue(text.contains("le budget supplémentaire est adopté"), text);
        assertTrue(text.contains("Ouverture de la séance par le président"), text);
        assertFalse(text.contains("Directs"), text);
    }

    @Test
    void dropsHeadlineTeasersButtonWordsAndFileNameAlts() {
        Article article = ArticleFixtures.article("en-teasers.html");
        String text = ArticleFixtures.text(article);
        assertTrue(text.startsWith("The city council voted on Tuesday"), text);
        assertTrue(text.contains("Work is due to begin in the spring"), text);
        assertTrue(text.endsWith("before the lanes open."), text);
        assertFalse(text.contains("BUS FARES"), text);
        assertFalse(text.contains("old bridge"), text);
        assertFalse(text.contains("winter fair"), text);
        assertFalse(text.contains("city-council-cycle-lanes"), text);
    }

    @Test
    void dropsTheNoteAboutTheAuthorClosingTheArticleButNotPeopleInIt() {
        String text = text("en-author-note.html");
        assertTrue(text.contains("Head librarian Anna Berg is a former teacher who pushed for the change."), text);
        assertTrue(text.endsWith("once visitor numbers are known."), text);
        assertFalse(text.contains("Tom Hale"), text);
        assertFalse(text.contains("affiliate"), text);
    }
}
