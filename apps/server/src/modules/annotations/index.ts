/** Annotations, drafts and predictions of tasks. */
export { AnnotationRepository, DraftRepository, PredictionRepository } from './annotation.repository';
export { annotationRoutes as annotationsModule, type AnnotationRoutesDeps } from './annotation.routes';
export { presentAnnotation, presentDraft, presentPrediction } from './annotation.presenter';
export { Annotation, Draft, Prediction } from './annotation.schema';
export { AnnotationService } from './annotation.service';
export { predictionResult } from './prediction-result';
