package cn.scenehub.vocabulary;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The one row whose number rises with every change of the administrators' vocabulary. */
@MappedEntity("vocabulary_version")
record VocabularyVersion(@Id Integer id, long version) {
}
