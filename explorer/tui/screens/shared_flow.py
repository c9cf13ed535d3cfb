"""Shared text for the main screen: found in a worker once the articles are open, then handed
to the source pane (marks, header, own passages) and the results (copies folded): a mixin of
MainScreen. Until it is found, the pane says so and the rows stay unfolded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.worker import get_current_worker

from explorer.tui.widgets.shared_marks import COMPUTING

if TYPE_CHECKING:
    from index.copies import SharedIndex
    from index.search import SearchEngine


@dataclass
class SharedTextReady(Message):
    engine: SearchEngine  # the articles it was found for (a reload may have come since)
    shared: SharedIndex | None
    problem: str | None = None


class SharedTextFlow:
    """Needs the screen's `engine`, `heap`, `source` and `results_pane`."""

    def start_shared_text(self) -> None:
        self.source.set_shared(None, COMPUTING)
        self.results_pane.set_folder(None)
        self.find_shared_text()

    @work(thread=True, exclusive=True, group="shared-text", exit_on_error=False)
    def find_shared_text(self) -> None:
        from index.overlap_store import BuildCancelled

        engine, worker = self.engine, get_current_worker()
        try:
            with self.heap.working():
                from index.copies import SharedIndex
                from index.overlap import shared_sentences

                found = shared_sentences(engine.corpus, engine.opened.location,
                                         lambda: worker.is_cancelled)
                shared = SharedIndex.of(found)
        except BuildCancelled:
            return  # the explorer is closing, or a reload started again
        except Exception as error:  # noqa: BLE001 - shown to the user
            problem = f"shared text unavailable: {type(error).__name__}: {error}"
            self.post_message(SharedTextReady(engine, None, problem))
        else:
            self.post_message(SharedTextReady(engine, shared))

    def on_shared_text_ready(self, message: SharedTextReady) -> None:
        if message.engine is not self.engine:
            return  # found for articles since reloaded
        shared, corpus = message.shared, message.engine.corpus
        if shared is None:
            self.source.set_shared(None, message.problem)
            return
        from index.copies import fold_copies
        from index.overlap import article_overlap

        self.source.set_shared(
            lambda article: article_overlap(article, shared.sentences_of(article.id), corpus))
        self.results_pane.set_folder(lambda articles: fold_copies(articles, shared))
